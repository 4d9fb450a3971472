//@ compile-fail
// A tree visitor calling a `&mut self` method on itself while iterating its own children mutably.
struct Tree {
    labels: Vec<String>,
    visited: usize,
}

impl Tree {
    fn visit(&mut self, label: &mut String) {
        label.push('*');
        self.visited += 1;
    }

    fn visit_all(&mut self) {
        for label in self.labels.iter_mut() {
            self.visit(label); //~ ERROR E0499
        }
    }
}

fn main() {
    let mut t = Tree { labels: vec!["a".into(), "b".into()], visited: 0 };
    t.visit_all();
    println!("{:?} {}", t.labels, t.visited);
}
