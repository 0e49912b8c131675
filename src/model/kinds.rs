//! The closed vocabularies of the format: lane kinds, card kinds, channels and evidence.
//!
//! Each enum knows its display name in the current language (from [`crate::lang`]) and, where the
//! format defines one, its relation to the others (a lane's default card kind, a channel's
//! online / offline nature).

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::t;

/// What a lane holds. A persona may have several lanes of one kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LaneKind {
    /// Moments of contact with the company, each through a channel.
    Touchpoints,
    /// What the customer does.
    Actions,
    /// What the customer thinks.
    Thoughts,
    /// The emotion curve: points, not cards.
    Emotions,
    /// Frictions, each with a severity.
    PainPoints,
    /// Ideas to remove a pain point or add a good moment.
    Opportunities,
    /// What the customer wants.
    Goals,
    /// What the company does that the customer does not see.
    Backstage,
    /// Anything else.
    Notes,
}

impl LaneKind {
    /// Every lane kind, in the order palettes and menus show them.
    pub const ALL: [LaneKind; 9] = [
        LaneKind::Touchpoints,
        LaneKind::Actions,
        LaneKind::Thoughts,
        LaneKind::Emotions,
        LaneKind::PainPoints,
        LaneKind::Opportunities,
        LaneKind::Goals,
        LaneKind::Backstage,
        LaneKind::Notes,
    ];

    /// The name people read, in the current language; also what a lane of this kind is called
    /// when it has no title of its own.
    #[must_use]
    pub fn display_name(self) -> String {
        match self {
            LaneKind::Touchpoints => t!("lane-kind-touchpoints"),
            LaneKind::Actions => t!("lane-kind-actions"),
            LaneKind::Thoughts => t!("lane-kind-thoughts"),
            LaneKind::Emotions => t!("lane-kind-emotions"),
            LaneKind::PainPoints => t!("lane-kind-pain-points"),
            LaneKind::Opportunities => t!("lane-kind-opportunities"),
            LaneKind::Goals => t!("lane-kind-goals"),
            LaneKind::Backstage => t!("lane-kind-backstage"),
            LaneKind::Notes => t!("lane-kind-notes"),
        }
    }

    /// The format's default title of a lane of this kind (always English, whatever the
    /// interface speaks): a title equal to it is not written to the file.
    #[must_use]
    pub fn format_name(self) -> &'static str {
        match self {
            LaneKind::Touchpoints => "Touchpoints",
            LaneKind::Actions => "Actions",
            LaneKind::Thoughts => "Thoughts",
            LaneKind::Emotions => "Emotions",
            LaneKind::PainPoints => "Pain points",
            LaneKind::Opportunities => "Opportunities",
            LaneKind::Goals => "Goals",
            LaneKind::Backstage => "Backstage",
            LaneKind::Notes => "Notes",
        }
    }

    /// The kind of the cards in a lane of this kind (the singular), or `None` for `Emotions`,
    /// which holds points instead of cards.
    #[must_use]
    pub fn default_card_kind(self) -> Option<CardKind> {
        match self {
            LaneKind::Touchpoints => Some(CardKind::Touchpoint),
            LaneKind::Actions => Some(CardKind::Action),
            LaneKind::Thoughts => Some(CardKind::Thought),
            LaneKind::Emotions => None,
            LaneKind::PainPoints => Some(CardKind::PainPoint),
            LaneKind::Opportunities => Some(CardKind::Opportunity),
            LaneKind::Goals => Some(CardKind::Goal),
            LaneKind::Backstage => Some(CardKind::Backstage),
            LaneKind::Notes => Some(CardKind::Note),
        }
    }
}

/// What a card is; by default the singular of its lane's kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CardKind {
    /// A moment of contact through a channel.
    Touchpoint,
    /// Something the customer does.
    Action,
    /// Something the customer thinks.
    Thought,
    /// A friction.
    PainPoint,
    /// An idea for improvement.
    Opportunity,
    /// Something the customer wants.
    Goal,
    /// A process behind the scenes.
    Backstage,
    /// A free note.
    Note,
}

impl CardKind {
    /// Every card kind, in the order palettes and legends show them.
    pub const ALL: [CardKind; 8] = [
        CardKind::Touchpoint,
        CardKind::Action,
        CardKind::Thought,
        CardKind::PainPoint,
        CardKind::Opportunity,
        CardKind::Goal,
        CardKind::Backstage,
        CardKind::Note,
    ];

    /// The name people read, in the current language.
    #[must_use]
    pub fn display_name(self) -> String {
        match self {
            CardKind::Touchpoint => t!("card-kind-touchpoint"),
            CardKind::Action => t!("card-kind-action"),
            CardKind::Thought => t!("card-kind-thought"),
            CardKind::PainPoint => t!("card-kind-pain-point"),
            CardKind::Opportunity => t!("card-kind-opportunity"),
            CardKind::Goal => t!("card-kind-goal"),
            CardKind::Backstage => t!("card-kind-backstage"),
            CardKind::Note => t!("card-kind-note"),
        }
    }
}

/// The medium of a touchpoint.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Channel {
    /// The company's website.
    Website,
    /// The company's mobile app.
    MobileApp,
    /// Social media.
    Social,
    /// Email.
    Email,
    /// Search engines.
    Search,
    /// Advertising.
    Ads,
    /// Reviews and ratings.
    Reviews,
    /// A marketplace.
    Marketplace,
    /// A physical store (offline).
    Store,
    /// Phone or call centre (offline).
    Phone,
    /// Live chat or chatbot.
    Chat,
    /// Messaging apps such as `WhatsApp`.
    Messaging,
    /// Delivery of goods (offline).
    Delivery,
    /// Word of mouth (offline).
    WordOfMouth,
    /// Events (offline).
    Event,
    /// Any other channel, named freely; counted as online.
    Other(#[serde(deserialize_with = "super::bounded::text")] String),
}

impl Channel {
    /// The named channels (all but `Other`), in the order menus and legends show them.
    pub const NAMED: [Channel; 15] = [
        Channel::Website,
        Channel::MobileApp,
        Channel::Social,
        Channel::Email,
        Channel::Search,
        Channel::Ads,
        Channel::Reviews,
        Channel::Marketplace,
        Channel::Store,
        Channel::Phone,
        Channel::Chat,
        Channel::Messaging,
        Channel::Delivery,
        Channel::WordOfMouth,
        Channel::Event,
    ];

    /// The name people read, in the current language; for `Other`, its own text.
    #[must_use]
    pub fn display_name(&self) -> Cow<'_, str> {
        Cow::Owned(match self {
            Channel::Website => t!("channel-website"),
            Channel::MobileApp => t!("channel-mobile-app"),
            Channel::Social => t!("channel-social"),
            Channel::Email => t!("channel-email"),
            Channel::Search => t!("channel-search"),
            Channel::Ads => t!("channel-ads"),
            Channel::Reviews => t!("channel-reviews"),
            Channel::Marketplace => t!("channel-marketplace"),
            Channel::Store => t!("channel-store"),
            Channel::Phone => t!("channel-phone"),
            Channel::Chat => t!("channel-chat"),
            Channel::Messaging => t!("channel-messaging"),
            Channel::Delivery => t!("channel-delivery"),
            Channel::WordOfMouth => t!("channel-word-of-mouth"),
            Channel::Event => t!("channel-event"),
            Channel::Other(name) => return Cow::Borrowed(name),
        })
    }

    /// The channel's name with its online / offline mark: "Store · offline".
    #[must_use]
    pub fn name_with_mark(&self) -> String {
        let mark = if self.is_offline() {
            t!("channel-offline")
        } else {
            t!("channel-online")
        };
        t!(
            "channel-with-mark",
            channel = self.display_name(),
            mark = mark
        )
    }

    /// Whether the channel is offline (store, phone, delivery, word of mouth, event).
    #[must_use]
    pub fn is_offline(&self) -> bool {
        matches!(
            self,
            Channel::Store
                | Channel::Phone
                | Channel::Delivery
                | Channel::WordOfMouth
                | Channel::Event
        )
    }
}

/// How well a card is backed by research.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Evidence {
    /// Seen in research.
    Observed,
    /// Believed by the team, not verified.
    Assumed,
    /// A proposed change.
    Proposed,
}

impl Evidence {
    /// All evidence levels, strongest first.
    pub const ALL: [Evidence; 3] = [Evidence::Observed, Evidence::Assumed, Evidence::Proposed];

    /// The name people read, in the current language.
    #[must_use]
    pub fn display_name(self) -> String {
        match self {
            Evidence::Observed => t!("evidence-observed"),
            Evidence::Assumed => t!("evidence-assumed"),
            Evidence::Proposed => t!("evidence-proposed"),
        }
    }
}
