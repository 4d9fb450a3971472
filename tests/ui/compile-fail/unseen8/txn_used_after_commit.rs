//@ compile-fail
// A transaction is committed (consumed by `commit(self)`) and then used to add more work.
struct Txn {
    name: String,
    pending: i32,
}

impl Txn {
    fn add(&mut self, n: i32) {
        self.pending += n;
    }
    fn commit(self) -> i32 {
        println!("commit {}", self.name);
        self.pending
    }
}

fn main() {
    let mut t = Txn { name: "transfer".into(), pending: 0 };
    t.add(5);
    let done = t.commit();
    t.add(1); //~ ERROR E0382
    println!("{}", done);
}
