// shadowing in nested blocks, with different types, and block values
fn main() {
    let x = 5;
    let x = x * 2;
    {
        let x = "inner";
        println!("{}", x);
        {
            let x = x.len() + 1;
            println!("{}", x);
        }
        println!("{}", x);
    }
    println!("{}", x);
    let s = String::from("42");
    let s: i32 = s.trim().parse().unwrap();
    let s = s + 1;
    println!("{}", s);
    let y = {
        let y = 3;
        let y = y * y;
        y + 1
    };
    println!("{}", y);
    let v = vec![1, 2, 3];
    let v: Vec<String> = v.iter().map(|v| v.to_string()).collect();
    let v = v.join("-");
    println!("{}", v);
}
