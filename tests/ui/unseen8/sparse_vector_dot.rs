// Sparse vectors stored in BTreeMap<usize, f64>: add, scale, dot product, norms and cosine similarity of documents.
use std::collections::BTreeMap;

#[derive(Debug, Clone, Default)]
struct Sparse {
    entries: BTreeMap<usize, f64>,
}

impl Sparse {
    fn from_pairs(pairs: &[(usize, f64)]) -> Self {
        let mut s = Sparse::default();
        for &(i, v) in pairs {
            s.set(i, v);
        }
        s
    }
    fn set(&mut self, i: usize, v: f64) {
        if v == 0.0 {
            self.entries.remove(&i);
        } else {
            self.entries.insert(i, v);
        }
    }
    fn dot(&self, other: &Sparse) -> f64 {
        let (small, big) = if self.entries.len() <= other.entries.len() { (self, other) } else { (other, self) };
        small.entries.iter().filter_map(|(i, v)| big.entries.get(i).map(|w| v * w)).sum()
    }
    fn norm(&self) -> f64 {
        self.dot(self).sqrt()
    }
    fn add(&self, other: &Sparse) -> Sparse {
        let mut out = self.clone();
        for (i, v) in &other.entries {
            let cur = out.entries.get(i).copied().unwrap_or(0.0);
            out.set(*i, cur + v);
        }
        out
    }
    fn scaled(mut self, k: f64) -> Sparse {
        for v in self.entries.values_mut() {
            *v *= k;
        }
        self
    }
}

fn bag_of_words(text: &str, vocab: &mut Vec<String>) -> Sparse {
    let mut s = Sparse::default();
    for w in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        let w = w.to_lowercase();
        let idx = match vocab.iter().position(|v| *v == w) {
            Some(i) => i,
            None => {
                vocab.push(w);
                vocab.len() - 1
            }
        };
        let cur = s.entries.get(&idx).copied().unwrap_or(0.0);
        s.set(idx, cur + 1.0);
    }
    s
}

fn main() {
    let a = Sparse::from_pairs(&[(0, 1.0), (3, 2.0), (10, -1.0)]);
    let b = Sparse::from_pairs(&[(3, 4.0), (10, -1.0), (7, 0.0), (2, 5.0)]);
    println!("a = {:?}", a.entries);
    println!("b has {} entries", b.entries.len());
    println!("a.b = {}", a.dot(&b));
    let c = a.add(&b).scaled(0.5);
    println!("(a+b)/2 = {:?}", c.entries);
    let cancel = a.add(&a.clone().scaled(-1.0));
    println!("a - a is empty: {}", cancel.entries.is_empty());

    let mut vocab = Vec::new();
    let docs = ["The cat sat on the mat.", "A cat and a dog.", "The dog sat; the cat ran!", "Stocks fell on Monday"];
    let vecs: Vec<Sparse> = docs.iter().map(|d| bag_of_words(d, &mut vocab)).collect();
    println!("vocabulary of {} words: {}", vocab.len(), vocab.join(","));
    for i in 0..vecs.len() {
        let row: Vec<String> = (0..vecs.len())
            .map(|j| format!("{:.2}", vecs[i].dot(&vecs[j]) / (vecs[i].norm() * vecs[j].norm())))
            .collect();
        println!("doc{}: {}", i, row.join(" "));
    }
    let (best, score) = (1..vecs.len())
        .map(|j| (j, vecs[0].dot(&vecs[j])))
        .fold((0, f64::MIN), |acc, x| if x.1 > acc.1 { x } else { acc });
    println!("closest to doc0: doc{} ({})", best, score);
}
