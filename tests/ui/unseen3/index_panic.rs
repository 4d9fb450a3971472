// A panic: indexing past the end of a Vec after some output; the process exits with 101.
fn lookup(table: &[u32], keys: &[usize]) -> u32 {
    let mut total = 0;
    for &k in keys {
        println!("looking up {k}");
        total += table[k];
    }
    total
}

struct Guard(&'static str);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("guard {} released", self.0);
    }
}

fn main() {
    let _g = Guard("main");
    let table: Vec<u32> = (0..5).map(|i| i * i).collect();
    println!("sum {}", lookup(&table, &[1, 2, 4]));
    let v = vec![String::from("a"), String::from("b")];
    println!("{:?} {:?}", v.get(1), v.get(2));
    let keys = vec![0, 3, 5, 1];
    let total = {
        let _inner = Guard("inner");
        lookup(&table, &keys)
    };
    println!("never printed {total}");
}
