// Assigning to an initialised variable drops its old value first.
struct Noisy(String);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut x = Noisy(String::from("one"));
    println!("assign two");
    x = Noisy(String::from("two"));
    println!("assign three");
    x = Noisy(String::from("three"));
    println!("holding {}", x.0);
    let mut v = vec![Noisy(String::from("v0"))];
    v[0] = Noisy(String::from("v0'"));
    println!("end of main");
}
