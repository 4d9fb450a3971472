// Slice patterns may move different elements out of one array, counted from either end.
fn main() {
    let names = [String::from("ann"), String::from("bob"), String::from("cy")];
    let [.., last] = names;
    let [a, b, _] = names;
    println!("{} {} {}", last, a, b);
    let pair = [String::from("p"), String::from("q")];
    let [ref r0, ..] = pair;
    let [_, s1] = pair;
    println!("{} {}", r0, s1);
    let nums = [1, 2, 3, 4];
    match nums {
        [first, .., 4] => println!("{}", first),
        [.., x, y] => println!("{} {}", x, y),
    }
}
