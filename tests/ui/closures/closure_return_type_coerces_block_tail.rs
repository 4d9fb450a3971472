// a closure with a written return type coerces its block's tail (`&String` to `&str`, `&Vec` to `&[T]`) after its locals
fn main() {
    let owned = String::from("hello");
    let first = |n: usize| -> &str { let s = &owned; &s[..n] };
    let whole = || -> &str { let r = &owned; r };
    println!("{} {}", first(2), whole());
    let v = vec![1, 2, 3];
    let all = || -> &[i32] { let x = &v; x };
    let boxed = |k: i32| -> Box<dyn Fn(i32) -> i32> { let f = move |y| y * k; Box::new(f) };
    println!("{:?} {}", all(), boxed(3)(4));
}
