// Building Strings with +, +=, format! and concat/join.
fn main() {
    let s1 = String::from("tic");
    let s2 = String::from("tac");
    let s3 = String::from("toe");
    let s = s1 + "-" + &s2 + "-" + &s3;
    println!("{s}");
    let mut t = String::from("foo");
    t += "bar";
    t += &s2;
    println!("{t}");
    let f = format!("{s2}-{s3}-{}", 42);
    println!("{f}");
    let parts = ["x", "y", "z"];
    println!("{}", parts.concat());
    println!("{}", parts.join(", "));
    let owned: Vec<String> = vec!["p".into(), "q".into()];
    println!("{}", owned.join("+"));
}
