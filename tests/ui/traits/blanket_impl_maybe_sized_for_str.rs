// Blanket impls relaxed by ?Sized (inline or in a where-clause) cover str and slices.
use std::fmt::Display;
trait Show { fn show(&self) -> String; }
impl<T: Display + ?Sized> Show for T { fn show(&self) -> String { format!("<{}>", self) } }
trait Tag { fn tag(&self) -> u32; }
impl<T> Tag for T where T: ?Sized { fn tag(&self) -> u32 { 7 } }
fn use_show<S: Show + ?Sized>(s: &S) -> String { s.show() }
fn use_tag<S: Tag + ?Sized>(s: &S) -> u32 { s.tag() }
fn main() { println!("{} {} {} {}", use_show("hi"), use_show(&5), use_tag("x"), use_tag(&[1, 2][..])); }
