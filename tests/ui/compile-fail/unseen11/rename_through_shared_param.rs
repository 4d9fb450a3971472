//@ compile-fail
// A function taking &Person tries to append to the person's name.
struct Person {
    name: String,
}

fn add_title(p: &Person) {
    p.name.push_str(", PhD"); //~ ERROR E0596
}

fn main() {
    let mut p = Person { name: String::from("Marie") };
    add_title(&p);
    p.name.push('!');
    println!("{}", p.name);
}
