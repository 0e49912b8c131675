//! Maps carried inside SVG drawings: a `<percorso:map>` element (namespace
//! [`MAP_NAMESPACE`]) in the drawing's `<metadata>`, holding the map's canonical text in
//! base64, as Percorso's SVG export writes it. Editors such as Inkscape keep foreign metadata
//! when they save, possibly re-wrapping its text, which the reader does not mind.

use base64::Engine as _;

use super::error::ReadError;
use super::read::read_str;
use crate::model::Map;
use crate::t;

/// The namespace of Percorso's metadata.
pub const MAP_NAMESPACE: &str = "https://percorso.app/ns/map/1";

/// The local name of the element holding the map.
pub const MAP_ELEMENT: &str = "map";

/// Whether `text` looks like an SVG drawing (an XML document whose root is `<svg`).
#[must_use]
pub fn is_svg(text: &str) -> bool {
    let head: String = text.chars().take(4096).collect();
    let head = head.trim_start_matches('\u{FEFF}').trim_start();
    (head.starts_with("<?xml") || head.starts_with("<svg") || head.starts_with("<!--"))
        && head.contains("<svg")
}

/// The map text embedded in an SVG drawing.
pub fn embedded_text(text: &str) -> Result<String, ReadError> {
    // The element is found by its namespace, whatever prefix the file gives it.
    let namespace = format!("\"{MAP_NAMESPACE}\"");
    let Some(at) = text.find(&namespace) else {
        return Err(ReadError::whole_file(t!("svg-no-map")));
    };
    let Some(open) = text[..at].rfind('<') else {
        return Err(ReadError::whole_file(t!("svg-map-damaged")));
    };
    // Just past the '<', one byte.
    let tag = &text[open + 1..];
    let name: String = tag
        .chars()
        .take_while(|c| !c.is_whitespace() && *c != '>' && *c != '/')
        .collect();
    let Some(body_start) = text[at..].find('>').map(|i| at + i + 1) else {
        return Err(ReadError::whole_file(t!("svg-map-damaged")));
    };
    let closing = format!("</{name}>");
    let Some(body_end) = text[body_start..].find(&closing).map(|i| body_start + i) else {
        return Err(ReadError::whole_file(t!("svg-map-damaged")));
    };
    let encoded: String = text[body_start..body_end]
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(encoded)
        .map_err(|_| ReadError::whole_file(t!("svg-map-damaged")))?;
    String::from_utf8(bytes).map_err(|_| ReadError::whole_file(t!("svg-map-damaged")))
}

/// Reads the map embedded in an SVG drawing; positions refer to the embedded text.
pub fn read_svg(text: &str) -> Result<Map, ReadError> {
    read_str(&embedded_text(text)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_map_is_found_under_any_prefix_and_wrapping() {
        let encoded = base64::engine::general_purpose::STANDARD.encode("(version: 1)");
        let (first, second) = encoded.split_at(4);
        let svg = format!(
            "<?xml version=\"1.0\"?>\n<svg><metadata><p:map xmlns:p=\"{MAP_NAMESPACE}\">\n  \
             {first}\n  {second}\n</p:map></metadata></svg>"
        );
        assert!(is_svg(&svg));
        assert_eq!(embedded_text(&svg).ok().as_deref(), Some("(version: 1)"));
    }

    #[test]
    fn a_drawing_without_a_map_or_with_a_broken_one_says_so() {
        assert!(embedded_text("<svg></svg>").is_err());
        let broken = format!("<svg><m:map xmlns:m=\"{MAP_NAMESPACE}\">@@@</m:map></svg>");
        assert!(embedded_text(&broken).is_err());
        let unclosed = format!("<svg><m:map xmlns:m=\"{MAP_NAMESPACE}\">AAAA");
        assert!(embedded_text(&unclosed).is_err());
        let no_element = format!("é xmlns:m=\"{MAP_NAMESPACE}\"");
        assert!(
            embedded_text(&no_element).is_err(),
            "no element holds the namespace"
        );
        assert!(!is_svg("(version: 1)"));
    }
}
