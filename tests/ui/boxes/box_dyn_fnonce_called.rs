// Box<dyn FnOnce> called by value: the closure moves out of the box (or, Fn-kind, is called in it) and the box is freed when the call returns.
fn make(name: String) -> Box<dyn FnOnce() -> String> {
    Box::new(move || format!("hello {}", name))
}

fn twice(k: i32) -> Box<dyn FnOnce(i32) -> i32> {
    Box::new(move |x| x * k)
}

fn main() {
    let f = make(String::from("ann"));
    println!("{}", f());
    let g: Box<dyn FnOnce(i32) -> i32> = Box::new(|x| x + 1);
    println!("{}", g(2));
    let tasks: Vec<Box<dyn FnOnce() -> String>> = vec![make(String::from("bo")), make(String::from("cy"))];
    for t in tasks {
        println!("{}", t());
    }
    let v = vec![1, 2, 3];
    let h: Box<dyn FnOnce() -> usize> = Box::new(move || v.len());
    println!("{}", h());
    let s = String::from("kept");
    let r: Box<dyn FnOnce() -> usize> = Box::new(move || s.len() + 0);
    println!("{}", r());
    println!("{}", twice(3)(4));
}
