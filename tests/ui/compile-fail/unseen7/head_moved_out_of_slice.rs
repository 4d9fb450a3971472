//@ compile-fail
// Taking the first String out of a slice by indexing.
fn head(names: &[String]) -> String {
    let first = names[0]; //~ ERROR E0508
    first
}

fn main() {
    let names = vec![String::from("ada"), String::from("linus")];
    println!("{}", head(&names));
}
