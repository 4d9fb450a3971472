// Slice patterns: fixed length, rest `..`, and bindings of the rest.
fn describe(v: &[i32]) -> String {
    match v {
        [] => "empty".to_string(),
        [x] => format!("one: {x}"),
        [first, second] => format!("two: {first} {second}"),
        [first, .., last] if first == last => format!("same ends {first}"),
        [first, middle @ .., last] => format!("{first} ..{} .. {last}", middle.len()),
    }
}

fn main() {
    println!("{}", describe(&[]));
    println!("{}", describe(&[1]));
    println!("{}", describe(&[1, 2]));
    println!("{}", describe(&[4, 5, 4]));
    println!("{}", describe(&[1, 2, 3, 4, 5]));
    let arr = [10, 20, 30];
    let [a, b, c] = arr;
    println!("{}", a + b + c);
}
