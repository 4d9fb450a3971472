// Fn, FnMut and FnOnce closures passed to generic functions.
fn call_twice<F: Fn() -> String>(f: F) -> String {
    format!("{} {}", f(), f())
}

fn call_mut<F: FnMut() -> u32>(mut f: F) -> u32 {
    f();
    f();
    f()
}

fn call_once<F: FnOnce() -> Vec<String>>(f: F) -> Vec<String> {
    f()
}

fn main() {
    let name = String::from("fn");
    println!("{}", call_twice(|| name.clone()));
    let mut counter = 0;
    println!("{}", call_mut(|| {
        counter += 1;
        counter
    }));
    println!("counter = {counter}");
    let words = vec![String::from("once")];
    println!("{:?}", call_once(move || words));
}
