//! Text heights measured once and remembered from one layout to the next.
//!
//! Laying a map out measures every card's wrapped text, and measuring is most of the cost: egui
//! keeps the texts it laid out only until the end of the next frame, and a frame at a useful
//! zoom shows a few dozen cards, so after an edit a 10,000-card map would measure 10,000 texts
//! again. [`TextHeights`] remembers each text's height by its words, font size and width, so an
//! edit measures only the text it changed. Heights not asked for by a layout are forgotten after
//! it, so the memory follows the map (a text's height costs its bytes and a few more).

use std::cell::RefCell;
use std::collections::HashMap;

use super::MeasureText;

/// Heights by font size and width (as bits), then by text.
type Heights = HashMap<(u32, u32), HashMap<String, f32>>;

/// Heights of wrapped texts, kept between layouts.
#[derive(Debug, Default)]
pub struct TextHeights {
    /// What the measure is for (its fonts and scale): other fonts, other heights.
    measured_for: Option<u64>,
    /// Heights asked for by the last layout.
    kept: Heights,
}

impl TextHeights {
    /// A measure that asks `inner` only for texts not measured before for `measured_for` (any
    /// number that changes when the fonts or their rendering do), and remembers what it gets.
    /// Call [`Remembering::finish`] after the layout to keep what it used.
    pub fn remembering<'a>(
        &'a mut self,
        inner: &'a dyn MeasureText,
        measured_for: u64,
    ) -> Remembering<'a> {
        if self.measured_for != Some(measured_for) {
            self.kept.clear();
            self.measured_for = Some(measured_for);
        }
        Remembering {
            inner,
            old: RefCell::new(std::mem::take(&mut self.kept)),
            used: RefCell::new(Heights::new()),
            into: self,
        }
    }

    /// How many heights are kept.
    #[must_use]
    pub fn len(&self) -> usize {
        self.kept.values().map(HashMap::len).sum()
    }

    /// Whether no height is kept.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A measure that asks its inner measure only once per text; see [`TextHeights::remembering`].
pub struct Remembering<'a> {
    inner: &'a dyn MeasureText,
    old: RefCell<Heights>,
    used: RefCell<Heights>,
    into: &'a mut TextHeights,
}

impl Remembering<'_> {
    /// Keeps the heights this measure gave, and only those.
    pub fn finish(self) {
        self.into.kept = self.used.into_inner();
    }
}

impl MeasureText for Remembering<'_> {
    fn height(&self, text: &str, size: f32, width: f32) -> f32 {
        let key = (size.to_bits(), width.to_bits());
        if let Some(&height) = self.used.borrow().get(&key).and_then(|m| m.get(text)) {
            return height;
        }
        // A remembered text moves over with its own key: no new string.
        let remembered = self
            .old
            .borrow_mut()
            .get_mut(&key)
            .and_then(|m| m.remove_entry(text));
        let (text, height) =
            remembered.unwrap_or_else(|| (text.to_owned(), self.inner.height(text, size, width)));
        let mut used = self.used.borrow_mut();
        let capacity = self.old.borrow().get(&key).map_or(0, HashMap::len);
        used.entry(key)
            .or_insert_with(|| HashMap::with_capacity(capacity))
            .insert(text, height);
        height
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;

    /// Counts how often it is asked; a text's height is its length.
    struct Counting(Cell<usize>);

    impl MeasureText for Counting {
        fn height(&self, text: &str, _size: f32, _width: f32) -> f32 {
            self.0.set(self.0.get() + 1);
            #[allow(clippy::cast_precision_loss)] // Short test strings.
            let height = text.len() as f32;
            height
        }
    }

    fn measure_all(
        heights: &mut TextHeights,
        inner: &Counting,
        texts: &[&str],
        scale: u64,
    ) -> Vec<f32> {
        let measure = heights.remembering(inner, scale);
        let got = texts
            .iter()
            .map(|t| measure.height(t, 14.0, 200.0))
            .collect();
        measure.finish();
        got
    }

    #[test]
    fn a_text_is_measured_once_and_forgotten_when_no_layout_asks_for_it() {
        let inner = Counting(Cell::new(0));
        let mut heights = TextHeights::default();
        assert_eq!(
            measure_all(&mut heights, &inner, &["ab", "abc", "ab"], 1),
            [2.0, 3.0, 2.0]
        );
        assert_eq!(inner.0.get(), 2, "the same text twice is measured once");
        assert_eq!(
            measure_all(&mut heights, &inner, &["ab", "abcd"], 1),
            [2.0, 4.0]
        );
        assert_eq!(inner.0.get(), 3, "only the new text is measured");
        assert_eq!(heights.len(), 2, "\"abc\" was not asked for: forgotten");
        measure_all(&mut heights, &inner, &["ab"], 2);
        assert_eq!(inner.0.get(), 4, "other fonts, other heights");
        let measure = heights.remembering(&inner, 2);
        assert!((measure.height("ab", 20.0, 200.0) - 2.0).abs() < f32::EPSILON);
        measure.finish();
        assert_eq!(inner.0.get(), 5, "another size is another measure");
    }
}
