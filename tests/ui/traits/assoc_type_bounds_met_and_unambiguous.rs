// Associated type values meeting the trait's bounds, and T::Item unambiguous through a subtrait of the same trait.
use std::fmt::{Debug, Display};
trait Labeled { type Label: Display + Clone; fn label(&self) -> Self::Label; }
trait Holder { type Item: Debug; fn get(&self) -> Self::Item; }
struct S;
impl Labeled for S { type Label = String; fn label(&self) -> String { String::from("s") } }
struct W<T>(T);
impl<T: Debug + Clone> Holder for W<T> { type Item = Vec<T>; fn get(&self) -> Vec<T> { vec![self.0.clone()] } }
trait Bag { type Item; fn one(&self) -> Self::Item; }
fn first<T: Iterator + DoubleEndedIterator>(mut t: T) -> Option<T::Item> { t.next() }
fn bag<T: Bag + Clone>(b: T) -> T::Item { b.one() }
impl Bag for S { type Item = u8; fn one(&self) -> u8 { 1 } }
impl Clone for S { fn clone(&self) -> S { S } }
fn main() { println!("{} {:?} {:?} {}", S.label(), W(3).get(), first(vec![1, 2].into_iter()), bag(S)); }
