// A boxed closure that owns a clone of its input is 'static.
fn printer(prefix: &str) -> Box<dyn Fn(i32) -> String> {
    let p = prefix.to_string();
    Box::new(move |x| format!("{}{}", p, x))
}

fn main() {
    let f = printer("n=");
    println!("{}", f(3));
}
