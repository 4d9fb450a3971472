//@ compile-fail
// A helper pushes an elided-lifetime name into a Vec of names with a named lifetime.
fn add_client<'a>(names: &mut Vec<&'a str>, name: &str) {
    names.push(name); //~ ERROR E0621
}

fn main() {
    let mut names = Vec::new();
    add_client(&mut names, "alice");
    println!("{:?}", names);
}
