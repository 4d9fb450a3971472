//@ compile-fail
// A String is moved out of a Vec through a shared reference.
fn first(names: &Vec<String>) -> String {
    names[0] //~ ERROR E0507
}

fn main() {
    let names = vec![String::from("a")];
    println!("{}", first(&names));
}
