//! A PNG's image data compressed band by band, so that the bands can be compressed on every
//! core and still make one valid stream: each band's rows are filtered as the png crate filters
//! them (per row, the filter whose output has the smallest sum of magnitudes, the heuristic the
//! PNG specification recommends), the band's first row against the last row of the band before,
//! and deflated at zlib's level 4, ending on a byte boundary (a sync flush), the last one
//! final. Concatenated behind the zlib header, with the Adler-32 of all the filtered data
//! (combined from the bands'), they are the zlib stream of the IDAT chunks.

use std::io::Write;

/// One band's share of the stream.
pub struct Piece {
    /// The band's raw deflate data: the last band's ends the stream, the others on a boundary.
    pub deflate: Vec<u8>,
    /// The Adler-32 of the band's filtered bytes.
    pub adler: u32,
    /// How many filtered bytes it holds.
    pub len: u64,
}

/// The zlib header of a stream with a 32 KiB window (its level bits are only a hint).
pub const ZLIB_HEADER: [u8; 2] = [0x78, 0x9C];

/// zlib's level 4: on a map's filtered rows a third faster than the default 6, and the file
/// no larger (measured on a band of the 1,000-card map at 2x: 34 ms and 247.0 KB against 51 ms
/// and 248.3 KB).
const LEVEL: flate2::Compression = flate2::Compression::new(4);

/// Filters and deflates `rows` (RGBA, `stride` bytes a row), the row above the first being
/// `previous` (none for the image's first band); `last` ends the stream.
///
/// # Errors
/// When deflating into memory fails, which it does not (the only error is the allocator's).
pub fn compress_band(
    rows: &[u8],
    stride: usize,
    previous: Option<&[u8]>,
    last: bool,
) -> std::io::Result<Piece> {
    let mut filtered = Vec::with_capacity(rows.len() + rows.len() / stride.max(1));
    let zero = vec![0; stride];
    let mut above = previous.unwrap_or(&zero);
    for row in rows.chunks_exact(stride) {
        let filter = (0..5_u8)
            .min_by_key(|&filter| filtered_sum(filter, row, above))
            .unwrap_or(0);
        filtered.push(filter);
        let start = filtered.len();
        filtered.resize(start + stride, 0);
        apply(filter, row, above, &mut filtered[start..]);
        above = row;
    }
    let mut adler = adler2::Adler32::new();
    adler.write_slice(&filtered);
    let mut encoder = flate2::write::DeflateEncoder::new(Vec::new(), LEVEL);
    encoder.write_all(&filtered)?;
    let deflate = if last {
        encoder.finish()?
    } else {
        // A sync flush ends the data so far on a byte boundary, with no final block.
        encoder.flush()?;
        std::mem::take(encoder.get_mut())
    };
    Ok(Piece {
        deflate,
        adler: adler.checksum(),
        len: filtered.len() as u64,
    })
}

/// Bytes a pixel: RGBA, 8 bits each.
const BPP: usize = 4;

/// The sum of the magnitudes (as signed bytes) of `row` filtered with `filter` below `above`,
/// without writing it: the heuristic's score, lowest best. Each filter's loop is a plain zip of
/// slices, which the compiler turns into vector code.
fn filtered_sum(filter: u8, row: &[u8], above: &[u8]) -> u32 {
    // At most 128 a byte: a row of 16,384 pixels sums to 2^23 at most.
    let magnitude = |b: u8| u32::from(b.cast_signed().unsigned_abs());
    let n = row.len().min(above.len());
    let (row, above) = (&row[..n], &above[..n]);
    let head = BPP.min(n);
    match filter {
        0 => row.iter().map(|&b| magnitude(b)).sum(),
        1 => {
            let first: u32 = row[..head].iter().map(|&b| magnitude(b)).sum();
            let rest: u32 = row[head..]
                .iter()
                .zip(row)
                .map(|(&x, &left)| magnitude(x.wrapping_sub(left)))
                .sum();
            first + rest
        }
        2 => row
            .iter()
            .zip(above)
            .map(|(&x, &up)| magnitude(x.wrapping_sub(up)))
            .sum(),
        3 => {
            let first: u32 = row[..head]
                .iter()
                .zip(above)
                .map(|(&x, &up)| magnitude(x.wrapping_sub(up >> 1)))
                .sum();
            let rest: u32 = row[head..]
                .iter()
                .zip(&above[head..])
                .zip(row)
                .map(|((&x, &up), &left)| magnitude(x.wrapping_sub(average(left, up))))
                .sum();
            first + rest
        }
        _ => {
            let first: u32 = row[..head]
                .iter()
                .zip(above)
                .map(|(&x, &up)| magnitude(x.wrapping_sub(up)))
                .sum();
            let rest: u32 = row[head..]
                .iter()
                .zip(&above[head..])
                .zip(row.iter().zip(above))
                .map(|((&x, &up), (&left, &up_left))| {
                    magnitude(x.wrapping_sub(paeth(left, up, up_left)))
                })
                .sum();
            first + rest
        }
    }
}

/// The mean of two bytes, rounded down.
fn average(a: u8, b: u8) -> u8 {
    // At most 255.
    u8::try_from((u16::from(a) + u16::from(b)) >> 1).unwrap_or(u8::MAX)
}

/// PNG filter `filter` (0 none, 1 sub, 2 up, 3 average, 4 Paeth) of `row` below `above`, four
/// bytes a pixel, into `out`.
fn apply(filter: u8, row: &[u8], above: &[u8], out: &mut [u8]) {
    let n = row.len().min(above.len()).min(out.len());
    let (row, above, out) = (&row[..n], &above[..n], &mut out[..n]);
    let head = BPP.min(n);
    match filter {
        0 => out.copy_from_slice(row),
        1 => {
            out[..head].copy_from_slice(&row[..head]);
            for ((o, &x), &left) in out[head..].iter_mut().zip(&row[head..]).zip(row) {
                *o = x.wrapping_sub(left);
            }
        }
        2 => {
            for ((o, &x), &up) in out.iter_mut().zip(row).zip(above) {
                *o = x.wrapping_sub(up);
            }
        }
        3 => {
            for i in 0..head {
                out[i] = row[i].wrapping_sub(above[i] >> 1);
            }
            let rest = out[head..].iter_mut().zip(&row[head..]).zip(&above[head..]);
            for (((o, &x), &up), &left) in rest.zip(row) {
                *o = x.wrapping_sub(average(left, up));
            }
        }
        _ => {
            for i in 0..head {
                out[i] = row[i].wrapping_sub(above[i]);
            }
            let rest = out[head..].iter_mut().zip(&row[head..]).zip(&above[head..]);
            for (((o, &x), &up), (&left, &up_left)) in rest.zip(row.iter().zip(above)) {
                *o = x.wrapping_sub(paeth(left, up, up_left));
            }
        }
    }
}

/// The Paeth predictor: of left, up and up-left, the nearest to left + up - up-left (ties to
/// left, then up), written without branches so that the loops around it become vector code.
fn paeth(a: u8, b: u8, c: u8) -> u8 {
    let (ia, ib, ic) = (i16::from(a), i16::from(b), i16::from(c));
    let (pa, pb, pc) = ((ib - ic).abs(), (ia - ic).abs(), (ia + ib - 2 * ic).abs());
    let (nearer, distance) = if pa <= pb { (a, pa) } else { (b, pb) };
    if distance <= pc { nearer } else { c }
}

/// The Adler-32 of two pieces of data one after the other, from each one's and the second's
/// length (zlib's `adler32_combine`).
#[must_use]
pub fn adler32_combine(first: u32, second: u32, second_len: u64) -> u32 {
    const BASE: u32 = 65_521;
    // The remainder is below BASE, so it fits a u32.
    let rem = u32::try_from(second_len % u64::from(BASE)).unwrap_or(0);
    let mut sum1 = first & 0xffff;
    let mut sum2 = u32::try_from((u64::from(rem) * u64::from(sum1)) % u64::from(BASE)).unwrap_or(0);
    sum1 += (second & 0xffff) + BASE - 1;
    sum2 += ((first >> 16) & 0xffff) + ((second >> 16) & 0xffff) + BASE - rem;
    if sum1 >= BASE {
        sum1 -= BASE;
    }
    if sum1 >= BASE {
        sum1 -= BASE;
    }
    if sum2 >= BASE << 1 {
        sum2 -= BASE << 1;
    }
    if sum2 >= BASE {
        sum2 -= BASE;
    }
    sum1 | (sum2 << 16)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A PNG of `width` x `height` whose data is made of bands of `band_rows` rows.
    fn banded_png(pixels: &[u8], width: u32, height: u32, band_rows: usize) -> Vec<u8> {
        let stride = width as usize * 4;
        let bands: Vec<&[u8]> = pixels.chunks(stride * band_rows).collect();
        let mut data = ZLIB_HEADER.to_vec();
        let mut adler = 1;
        for (i, band) in bands.iter().enumerate() {
            let previous = (i > 0).then(|| &bands[i - 1][bands[i - 1].len() - stride..]);
            let piece = compress_band(band, stride, previous, i + 1 == bands.len()).unwrap();
            data.extend_from_slice(&piece.deflate);
            adler = adler32_combine(adler, piece.adler, piece.len);
        }
        data.extend_from_slice(&adler.to_be_bytes());
        let mut out = Vec::new();
        let mut encoder = png::Encoder::new(&mut out, width, height);
        encoder.set_color(png::ColorType::Rgba);
        let mut writer = encoder.write_header().unwrap();
        writer.write_chunk(png::chunk::IDAT, &data).unwrap();
        writer.finish().unwrap();
        out
    }

    #[test]
    #[allow(clippy::cast_possible_truncation)] // Test pixels wrap on purpose.
    fn bands_compressed_apart_decode_as_one_image() {
        let (width, height) = (37_u32, 41_u32);
        // Gradients, a hard edge and noise: every filter wins somewhere.
        let pixels: Vec<u8> = (0..width * height * 4)
            .map(|i| {
                let (x, y) = ((i / 4) % width, (i / 4) / width);
                let noise = (i.wrapping_mul(2_654_435_761) >> 24) as u8;
                match i % 4 {
                    0 => (x * 7) as u8,
                    1 => {
                        if x > 20 {
                            255
                        } else {
                            (y * 5) as u8
                        }
                    }
                    2 => noise,
                    _ => 255 - (y as u8),
                }
            })
            .collect();
        for band_rows in [1, 5, 41] {
            let png = banded_png(&pixels, width, height, band_rows);
            let image = image::load_from_memory(&png).unwrap().to_rgba8();
            assert_eq!(image.into_raw(), pixels, "bands of {band_rows} rows");
        }
    }

    #[test]
    fn adler_combines_as_if_computed_at_once() {
        let data: Vec<u8> = (0..100_000_u32).map(|i| (i * 31 % 251) as u8).collect();
        let (a, b) = data.split_at(65_600);
        let whole = adler2::adler32_slice(&data);
        let (first, second) = (adler2::adler32_slice(a), adler2::adler32_slice(b));
        assert_eq!(adler32_combine(first, second, b.len() as u64), whole);
    }
}
