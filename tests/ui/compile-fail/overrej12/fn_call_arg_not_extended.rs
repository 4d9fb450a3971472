//@ compile-fail
// a temporary borrowed in the argument of a plain function call is not extended, unlike in `Some(&temp)`
fn wrap(r: &String) -> Option<&String> {
    Some(r)
}

fn main() {
    let kept = Some(&String::from("kept"));
    let lost = wrap(&String::from("lost")); //~ ERROR E0716
    println!("{:?} {:?}", kept, lost);
}
