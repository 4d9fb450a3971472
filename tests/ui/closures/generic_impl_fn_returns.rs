// Generic functions returning `impl Fn`: the closure's signature is instantiated at each call.
fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn twice<T: Copy + std::ops::Add<Output = T>>(step: T) -> impl Fn(T) -> T {
    move |x| x + step + step
}

fn pair_with<T: Clone, U>(left: T) -> impl Fn(U) -> (T, U) {
    move |u| (left.clone(), u)
}

fn main() {
    let len_plus = compose(|s: &str| s.len(), |n: usize| n + 1);
    println!("{}", len_plus("four"));
    let shout = compose(|s: String| s.to_uppercase(), |s: String| format!("{s}!"));
    println!("{}", shout(String::from("hey")));
    let add_i = twice(3i64);
    let add_f = twice(0.25f64);
    println!("{} {}", add_i(1), add_f(1.0));
    let tagged = pair_with::<String, u8>(String::from("tag"));
    println!("{:?} {:?}", tagged(1), tagged(2));
    let nested = compose(twice(1u32), twice(10u32));
    println!("{}", nested(0));
}
