//@ compile-fail
// `impl Struct for Type`: a struct is not a trait, rustc's E0404 (not E0405, the name exists).
struct Printable;
struct Report;
impl Printable for Report {} //~ ERROR E0404
fn main() {
    let _ = (Printable, Report);
}
