// Returned closures own what they capture thanks to `move`.
fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_greeter(name: String) -> Box<dyn Fn(&str) -> String> {
    Box::new(move |greeting| format!("{}, {}!", greeting, name))
}

fn main() {
    let add5 = make_adder(5);
    let g = make_greeter(String::from("Ann"));
    println!("{} {}", add5(1), g("Hello"));
}
