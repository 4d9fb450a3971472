// Factorials in u32 with an ordinary multiplication: the loop panics with an overflow once 13! is reached.
fn factorial(n: u32) -> u32 {
    let mut acc: u32 = 1;
    for k in 2..=n {
        acc *= k;
    }
    acc
}

fn digits(mut n: u32) -> u32 {
    let mut d = 1;
    while n >= 10 {
        n /= 10;
        d += 1;
    }
    d
}

fn main() {
    let mut table = Vec::new();
    for n in 0..20 {
        let f = factorial(n);
        table.push(f);
        println!("{:>2}! = {:>10} ({} digits)", n, f, digits(f));
    }
    println!("never printed: {}", table.len());
}
