// A function (not a closure) returning its argument: elision ties the lifetimes.
fn same(s: &String) -> &String {
    s
}

fn main() {
    let outer = String::from("outer");
    println!("{}", same(&outer));
}
