//@ compile-fail
// Nested variants behind two references: rustc names the place without its derefs.
fn inner(r: &&Option<Option<String>>) -> String {
    match **r { //~ ERROR E0507
        Some(Some(s)) => s,
        _ => String::new(),
    }
}

fn main() {
    let o = Some(Some(String::from("deep")));
    println!("{}", inner(&&o));
}
