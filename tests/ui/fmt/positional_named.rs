// Positional, named and inline arguments, reused several times.
fn main() {
    let name = "Ferris";
    let age = 8;
    println!("{0} is {1}; {0} likes {2}", name, age, "crabs");
    println!("{name} is {age}");
    println!("{n}-{n}-{m}", n = 1, m = 2);
    println!("{} {} {0} {}", 'a', 'b', 'c');
    let v = vec![1, 2];
    println!("{v:?} {:?}", v.len());
    println!("{name:>10}|{age:<4}|");
    println!("{:>1$}|{2:^5}|", "x", 4, 'y');
}
