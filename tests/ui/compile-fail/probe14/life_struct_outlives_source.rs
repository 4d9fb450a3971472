//@ compile-fail
// A struct holding `&'a str` outlives the String it borrows.
struct Excerpt<'a> { part: &'a str }
fn main() {
    let e;
    {
        let text = String::from("call me");
        e = Excerpt { part: &text }; //~ ERROR E0597
    }
    println!("{}", e.part);
}
