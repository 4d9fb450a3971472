//@ compile-fail
// `if let` on an element of a borrowed Vec moves the String inside the Option.
fn first_name(v: &Vec<Option<String>>) -> String {
    if let Some(name) = v[0] { //~ ERROR E0507
        name
    } else {
        String::new()
    }
}

fn main() {
    let v = vec![Some(String::from("x")), None];
    println!("{}", first_name(&v));
}
