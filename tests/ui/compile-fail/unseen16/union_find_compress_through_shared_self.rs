//@ compile-fail
// Path compression written in a `&self` find: assigning into self.parent behind a shared reference.
struct Dsu {
    parent: Vec<usize>,
}

impl Dsu {
    fn find(&self, x: usize) -> usize {
        if self.parent[x] != x {
            let root = self.find(self.parent[x]);
            self.parent[x] = root; //~ ERROR E0596
        }
        self.parent[x]
    }
}

fn main() {
    let d = Dsu { parent: vec![0, 0, 1] };
    println!("{}", d.find(2));
}
