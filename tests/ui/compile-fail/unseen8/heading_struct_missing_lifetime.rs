//@ compile-fail
// A heading struct stores a `&str` title without declaring a lifetime parameter.
struct Heading {
    level: usize,
    title: &str, //~ ERROR E0106
}

fn main() {
    let h = Heading { level: 1, title: "Intro" };
    println!("{} {}", h.level, h.title);
}
