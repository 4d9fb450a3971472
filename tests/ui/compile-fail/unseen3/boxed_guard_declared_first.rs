//@ compile-fail
// A boxed guard with a Drop impl is declared before the name it borrows, so it is dropped after it.
struct Guard<'a> {
    name: &'a str,
}

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        println!("release {}", self.name);
    }
}

fn main() {
    let holder: Box<Guard>;
    let name = String::from("lock");
    holder = Box::new(Guard { name: &name }); //~ ERROR E0597
    println!("holding {}", holder.name);
}
