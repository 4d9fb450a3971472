// The value inside an Rc drops only when the last strong reference goes away.
use std::rc::Rc;

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let a = Rc::new(Noisy("shared"));
    let b = Rc::clone(&a);
    println!("drop a");
    drop(a);
    println!("drop b");
    drop(b);
    println!("--");
    let r = Rc::new(Noisy("unwrapped"));
    let inner = Rc::try_unwrap(r).ok().unwrap();
    println!("owned again: {}", inner.0);
    let shared = Rc::new(5);
    let _other = Rc::clone(&shared);
    println!("{:?}", Rc::try_unwrap(shared));
    println!("end of main");
}
