// `let p = Parser { input: &String::from(..) }` extends the temporary to the end of the block.
struct Parser<'a> {
    input: &'a str,
}

fn main() {
    let p = Parser { input: &String::from("hello") };
    let q = (&vec![1, 2], 3);
    println!("{} {:?}", p.input, q);
}
