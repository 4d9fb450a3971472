// The rest of an array pattern is a smaller array: `[T; N - k]` by value, `&[T; N - k]` through a reference.
fn main() {
    let arr = [1, 2, 3, 4];
    let [first, rest @ ..] = arr;
    println!("{first} {rest:?} {}", rest.len());
    let names = [String::from("a"), String::from("b"), String::from("c")];
    let [head, tail @ ..] = names;
    println!("{head} {tail:?}");
    let grid = [1u8, 2, 3];
    if let [_, last_two @ ..] = &grid {
        println!("{last_two:?}");
    }
}
