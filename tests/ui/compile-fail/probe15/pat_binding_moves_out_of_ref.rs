//@ compile-fail
// Matching `&Option<String>` with `&Some(s)` moves out of a reference (E0507).
fn main() {
    let o = Some(String::from("a"));
    let r = &o;
    match r { //~ ERROR E0507
        &Some(s) => println!("{}", s),
        &None => {}
    }
}
