//@ compile-fail
// The neighbour of `&'static str` items: owned Strings lend their text only for the parameter's lifetime.
fn first_name(v: &Vec<String>) -> Option<&'static str> {
    v.first().map(|s| s.as_str()) //~ ERROR lifetime may not live long enough
}

fn main() {
    println!("{:?}", first_name(&vec![String::from("ann")]));
}
