//@ compile-fail
// ? on a parse result inside a main returning ()
fn main() {
    let input = "12\n7\nx";
    let mut sum = 0;
    for line in input.lines() {
        let n: i32 = line.parse()?; //~ ERROR E0277
        sum += n;
    }
    println!("{sum}");
}
