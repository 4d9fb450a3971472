// trait-object upcasting (stable since 1.86): `dyn Sub` to `dyn Super`, `dyn Fn` to `dyn FnMut`/`dyn FnOnce`
trait Named {
    fn name(&self) -> String;
}

trait Animal: Named {
    fn legs(&self) -> u32;
}

struct Dog(String);

impl Named for Dog {
    fn name(&self) -> String {
        format!("dog {}", self.0)
    }
}

impl Animal for Dog {
    fn legs(&self) -> u32 {
        4
    }
}

fn greet(n: &dyn Named) {
    println!("hello {}", n.name());
}

fn run_once(f: Box<dyn FnOnce() -> String>) -> String {
    f()
}

fn main() {
    let d = Dog(String::from("rex"));
    let a: &dyn Animal = &d;
    println!("{} has {} legs", a.name(), a.legs());
    let n: &dyn Named = a;
    greet(n);
    greet(a);
    let boxed: Box<dyn Animal> = Box::new(Dog(String::from("fido")));
    println!("{}", boxed.legs());
    let named: Box<dyn Named> = boxed;
    println!("{}", named.name());
    let up = Box::new(Dog(String::from("max"))) as Box<dyn Animal> as Box<dyn Named>;
    greet(&*up);
    let word = String::from("closure");
    let f: Box<dyn Fn() -> String> = Box::new(move || word.clone());
    println!("{}", f());
    let g: Box<dyn FnOnce() -> String> = f;
    println!("{}", run_once(g));
    let mut count = 0;
    let mut inc: Box<dyn FnMut()> = Box::new(|| count += 1);
    inc();
    let h: &mut dyn FnMut() = &mut *inc;
    h();
    drop(inc);
    println!("{}", count);
}
