// Dropping a Box drops its content; Option::None drops nothing.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let b = Box::new(Noisy("boxed"));
    let o: Option<Noisy> = Some(Noisy("some"));
    let none: Option<Noisy> = None;
    println!("{} {}", b.0, none.is_none());
    let inner = *b;
    println!("unboxed {}", inner.0);
    if let Some(n) = o {
        println!("took {}", n.0);
    }
    println!("end of main");
}
