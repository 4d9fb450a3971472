//@ compile-fail
// upcasting goes from a subtrait object to a supertrait object only: the other way is no coercion
trait Named {
    fn name(&self) -> String;
}

trait Animal: Named {
    fn legs(&self) -> u32;
}

struct Dog;

impl Named for Dog {
    fn name(&self) -> String {
        String::from("dog")
    }
}

fn main() {
    let d = Dog;
    let n: &dyn Named = &d;
    let a = n as &dyn Animal; //~ ERROR E0605
    println!("{}", a.legs());
}
