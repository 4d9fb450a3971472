// `let r = &String::from(..)` extends the temporary's life to the enclosing block.
fn main() {
    let r: &String = &String::from("extended");
    println!("{}", r);
    let v: &Vec<i32> = &vec![1, 2, 3];
    println!("{:?}", v);
    let pair = &(String::from("a"), 1);
    println!("{} {}", pair.0, pair.1);
    let n = &mut 5;
    *n += 1;
    println!("{}", n);
}
