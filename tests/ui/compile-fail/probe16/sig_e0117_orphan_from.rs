//@ compile-fail
// From<u32> for String: foreign trait, foreign types (E0117).
impl From<u32> for String { //~ ERROR E0117
    fn from(n: u32) -> String { n.to_string() }
}
fn main() {}
