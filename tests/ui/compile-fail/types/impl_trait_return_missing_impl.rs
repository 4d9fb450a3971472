//@ compile-fail
// A function returning `impl Trait` whose body's type does not implement the trait.
trait Describe {
    fn describe(&self) -> String;
}

struct Cat;

fn pet() -> impl Describe { //~ ERROR E0277
    Cat
}

fn main() {
    println!("{}", pet().describe());
}
