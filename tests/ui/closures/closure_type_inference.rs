// Closure parameter types are inferred from the first use; explicit annotations also work.
fn main() {
    let example = |x| x;
    let s = example(String::from("hello"));
    println!("{s}");
    let add = |a: i32, b: i32| -> i32 { a + b };
    println!("{}", add(2, 3));
    let square = |x: u64| x * x;
    println!("{}", square(12));
    let max = |a: f64, b: f64| if a > b { a } else { b };
    println!("{}", max(1.5, -2.0));
    let greet = || "hi";
    println!("{}", greet());
}
