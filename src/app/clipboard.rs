//! Cards on the system clipboard, as RON text (a leaf: only the model), so they travel between two open maps (two
//! Percorso windows) and stay readable if pasted into a text editor.

use serde::{Deserialize, Serialize};

use crate::model::Card;

/// The clipboard's content: cards, under a name that tells Percorso's text from any other.
#[derive(Serialize, Deserialize)]
#[serde(rename = "PercorsoCards", deny_unknown_fields)]
struct Clip {
    cards: Vec<Card>,
}

/// The clipboard text for `cards`.
#[must_use]
pub fn to_text(cards: &[Card]) -> String {
    let clip = Clip {
        cards: cards.to_vec(),
    };
    let config = ron::ser::PrettyConfig::new().struct_names(true);
    // Plain data into a String: serializing cannot fail.
    ron::ser::to_string_pretty(&clip, config).unwrap_or_default()
}

/// The cards in clipboard text, if it holds Percorso cards.
#[must_use]
pub fn from_text(text: &str) -> Option<Vec<Card>> {
    let options =
        ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    let text = text.trim();
    if !text.starts_with("PercorsoCards") {
        return None;
    }
    options.from_str::<Clip>(text).ok().map(|clip| clip.cards)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CardId, Channel, StageId};

    #[test]
    fn cards_survive_the_clipboard_and_other_text_is_ignored() {
        let card = Card {
            id: CardId::from("c1"),
            stage: StageId::from("s"),
            text: "Café \"quote\"".into(),
            detail: "line\nbreak".into(),
            kind: None,
            channel: Some(Channel::Other("Kiosk".into())),
            severity: Some(2),
            evidence: None,
            votes: 3,
            color: None,
        };
        let text = to_text(std::slice::from_ref(&card));
        assert!(text.starts_with("PercorsoCards("));
        assert_eq!(from_text(&text), Some(vec![card]));
        assert_eq!(from_text("hello"), None);
        assert_eq!(from_text("PercorsoCards(cards: [(id: 1)])"), None);
    }
}
