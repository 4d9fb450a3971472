fn main() {
    let a = 1;
    let b = 2;
    let c = 3;
    let d = 4;
    let e = 5;
    let f = 6;
    let mut v = vec![1];
    let r = &v;
    v.push(2);
    println!("{}", r.len());
}
