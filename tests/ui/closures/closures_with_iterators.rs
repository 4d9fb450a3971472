// Closures capturing the environment inside iterator adapters.
fn main() {
    let threshold = 10;
    let factor = 3;
    let v = vec![2, 5, 8, 11, 14];
    let result: Vec<i32> = v.iter().map(|x| x * factor).filter(|&x| x > threshold).collect();
    println!("{result:?}");
    let mut seen = Vec::new();
    v.iter().for_each(|x| seen.push(x % 4));
    println!("{seen:?}");
    let labels: Vec<String> = v.iter().enumerate().map(|(i, x)| format!("{i}:{x}")).collect();
    println!("{}", labels.join(" "));
}
