// slice patterns with `..`, `rest @ ..` and bindings with `@`
fn describe(v: &[i32]) -> String {
    match v {
        [] => String::from("empty"),
        [x] => format!("one {}", x),
        [first, .., last] if first == last => format!("same ends {}", first),
        [first, rest @ ..] => format!("{} then {} more", first, rest.len()),
    }
}
fn sum(v: &[i32]) -> i32 {
    match v {
        [] => 0,
        [head, tail @ ..] => head + sum(tail),
    }
}
fn classify(n: u32) -> &'static str {
    match n {
        0 => "zero",
        small @ 1..=9 if small % 2 == 0 => "small even",
        1..=9 => "small odd",
        _ => "big",
    }
}
fn main() {
    for v in [vec![], vec![4], vec![1, 2, 1], vec![1, 2, 3, 4]] {
        println!("{}", describe(&v));
    }
    println!("{}", sum(&[1, 2, 3, 4]));
    for n in [0, 4, 7, 12] {
        println!("{} {}", n, classify(n));
    }
    let arr = [1, 2, 3, 4, 5];
    let [a, b, mid @ .., z] = arr;
    println!("{} {} {:?} {}", a, b, mid, z);
    if let [.., penult, _] = &arr[..] {
        println!("{}", penult);
    }
    let msg @ ("hi" | "hello") = "hi" else { return };
    println!("{}", msg);
}
