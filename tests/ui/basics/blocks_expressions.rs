// Blocks are expressions; a trailing semicolon turns the value into ().
fn main() {
    let y = {
        let x = 3;
        x + 1
    };
    println!("y = {y}");
    let z = {
        let x = 3;
        x + 1;
    };
    println!("z = {:?}", z);
    let big = if y > 3 { "big" } else { "small" };
    println!("{big}");
    let n = { 10 } * { 2 };
    println!("{n}");
}
